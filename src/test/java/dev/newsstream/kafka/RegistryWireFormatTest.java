package dev.newsstream.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.avro.Entity;
import dev.newsstream.avro.Mention;
import dev.newsstream.avro.Quote;
import dev.newsstream.avro.RawArticle;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Registry mode: the real Apicurio serdes against an in-memory registry. */
class RegistryWireFormatTest {
    static EnrichedArticle enriched() {
        Mention m = Mention.newBuilder().setText("Vasquez").setStart(0).setEnd(7).setInTitle(false).build();
        Entity e = Entity.newBuilder().setType(dev.newsstream.avro.EntityType.PERSON).setName("Lena Vasquez")
                .setMentions(List.of(m)).setSalience(0.8).build();
        Quote q = Quote.newBuilder().setText("We will rebuild the harbour wall").setSpeaker("Lena Vasquez").setCue("said")
                .setStart(20).setEnd(52).setInTitle(false).build();
        return EnrichedArticle.newBuilder().setId("harbour-1").setUrl("https://news.example.net/harbour-1")
                .setSource("news.example.net").setTitle("Harbour wall to be rebuilt").setByline(null)
                .setPublishedAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setText("Vasquez said: \"We will rebuild the harbour wall.\"").setEntities(List.of(e)).setQuotes(List.of(q))
                .setContentHash("ab12").setWordCount(9).setLanguage("en").setProcessedAt(Instant.ofEpochMilli(1_700_000_001_000L))
                .setMetadata(Map.of("feed", "coast")).build();
    }

    /** How a consumer configures Apicurio's deserializer for the Confluent wire format. */
    static Map<String, Object> consumerConfig(boolean specific) {
        return Map.of(
                SerdeConfig.ENABLE_CONFLUENT_ID_HANDLER, true,
                SerdeConfig.ENABLE_HEADERS, false,
                SerdeConfig.USE_ID, "contentId",
                AvroKafkaSerdeConfig.USE_SPECIFIC_AVRO_READER, specific);
    }

    @Test
    void outputRecordsUseTheConfluentWireFormatAndRoundTrip() throws Exception {
        InMemoryRegistry registry = new InMemoryRegistry();
        WireFormat wire = WireFormat.registry(registry.client());
        assertTrue(wire.registryMode());
        EnrichedArticle article = enriched();

        byte[] bytes = wire.enriched.serializer().serialize("news.articles.enriched", article);

        // magic byte 0, then the 4-byte (big-endian) id of the registered schema, then the Avro body
        assertEquals(0, bytes[0]);
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertEquals((long) registry.artifact(null, "dev.newsstream.avro.EnrichedArticle").getContentId(), id);
        Schema registered = new Schema.Parser().parse(registry.artifactContent("dev.newsstream.avro.EnrichedArticle"));
        assertEquals(EnrichedArticle.getClassSchema(), registered, "the schema generated from schemas/ is registered");

        // what Confluent's deserializer does: look the id up, decode the rest as plain Avro binary
        var confluentStyle = new SpecificDatumReader<EnrichedArticle>(registered, EnrichedArticle.getClassSchema());
        EnrichedArticle byHand = confluentStyle.read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertEquals(article, byHand);

        // Apicurio's deserializer configured like a consumer's, with its own client cache
        try (var consumer = new AvroKafkaDeserializer<EnrichedArticle>(registry.client())) {
            consumer.configure(consumerConfig(true), false);
            assertEquals(article, consumer.deserialize("news.articles.enriched", bytes));
        }
        try (var generic = new AvroKafkaDeserializer<GenericRecord>(registry.client())) {
            generic.configure(consumerConfig(false), false);
            GenericRecord g = generic.deserialize("news.articles.enriched", bytes);
            assertEquals("harbour-1", g.get("id").toString());
            assertEquals(EnrichedArticle.getClassSchema(), g.getSchema());
        }

        // the pipeline's own readers: a fresh registry-mode wire format, typed and untyped
        WireFormat reader = WireFormat.registry(registry.client());
        assertEquals(article, reader.enriched.decode(bytes));
        assertEquals(article, reader.decodeAny(bytes));
    }

    @Test
    void eachTypeRegistersOnceAndIdsDiffer() {
        InMemoryRegistry registry = new InMemoryRegistry();
        WireFormat wire = WireFormat.registry(registry.client());
        byte[] a = wire.enriched.encode(enriched());
        byte[] b = wire.enriched.encode(enriched());
        DuplicateArticle dup = DuplicateArticle.newBuilder().setId("harbour-2").setDuplicateOf("harbour-1").setSimilarity(1.0)
                .setMethod(dev.newsstream.avro.DuplicateMethod.EXACT).setDetectedAt(Instant.ofEpochMilli(5)).build();
        byte[] c = wire.duplicate.encode(dup);
        assertArrayEquals(a, b);
        assertEquals(ByteBuffer.wrap(a, 1, 4).getInt(), ByteBuffer.wrap(b, 1, 4).getInt());
        assertTrue(ByteBuffer.wrap(a, 1, 4).getInt() != ByteBuffer.wrap(c, 1, 4).getInt());
        assertEquals(1, registry.calls.stream().filter(n -> n.equals("createArtifact")).count()
                - 1, "one registration per record type (two types here), cached after");
        assertInstanceOf(DuplicateArticle.class, wire.decodeAny(c));
        assertEquals(dup, wire.duplicate.decode(c));
        // a record of another type is refused by a typed reader, as WRONG_SCHEMA would need
        assertThrows(SerializationException.class, () -> wire.enriched.decode(c));
    }

    @Test
    void registryModeStillReadsSingleObjectAndDefaultModeNamesTheFix() {
        InMemoryRegistry registry = new InMemoryRegistry();
        WireFormat registryMode = WireFormat.registry(registry.client());
        WireFormat plain = new WireFormat();
        assertFalse(plain.registryMode());
        RawArticle raw = RawArticle.newBuilder().setId("r1").setBody("A body.").setMetadata(Map.of()).build();

        byte[] single = plain.raw.encode(raw);
        assertEquals((byte) 0xC3, single[0]);
        assertEquals(raw, registryMode.raw.decode(single));

        byte[] framed = registryMode.raw.encode(raw);
        assertTrue(AvroSerde.isAvro(framed));
        assertTrue(AvroSerde.isAvro(single));
        assertFalse(AvroSerde.isAvro("{\"body\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        SerializationException e = assertThrows(SerializationException.class, () -> plain.raw.decode(framed));
        assertTrue(e.getMessage().contains("schema.registry.url"), e.getMessage());
        assertThrows(SerializationException.class, () -> plain.decodeAny(framed));
        // the internal repartition topics keep single-object encoding
        assertFalse(registryMode.cleaned.registryMode());
        assertTrue(registryMode.enriched.registryMode());
    }

    @Test
    void registryUrlsPointApicuriosClientAtItsCoreApi() {
        assertEquals("http://registry:8080/apis/registry/v2", RegistryUrls.apicurioApi("http://registry:8080"));
        assertEquals("http://registry:8080/apis/registry/v2", RegistryUrls.apicurioApi("http://registry:8080/"));
        assertEquals("http://registry:8080/apis/registry/v2", RegistryUrls.apicurioApi("http://registry:8080/apis/registry/v2"));
        assertEquals("http://registry:8080/apis/registry/v2", RegistryUrls.apicurioApi("http://registry:8080/apis/ccompat/v7"));
    }

    @Test
    void genericReaderSeesTheSchemaFromTheRegistry() throws Exception {
        InMemoryRegistry registry = new InMemoryRegistry();
        byte[] bytes = WireFormat.registry(registry.client()).enriched.encode(enriched());
        Schema registered = new Schema.Parser().parse(registry.artifactContent("dev.newsstream.avro.EnrichedArticle"));
        GenericRecord g = new GenericDatumReader<GenericRecord>(registered)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertEquals("Lena Vasquez", ((GenericRecord) ((List<?>) g.get("entities")).get(0)).get("name").toString());
    }

    /** Kafka Streams shares one serde instance between its stream threads. */
    @Test
    void oneWireFormatIsSafeAcrossThreads() throws Exception {
        InMemoryRegistry registry = new InMemoryRegistry();
        WireFormat wire = WireFormat.registry(registry.client());
        EnrichedArticle article = enriched();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 200; i++) {
                        byte[] bytes = wire.enriched.serializer().serialize("news.articles.enriched", article);
                        ok += article.equals(wire.enriched.decode(bytes)) ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (var r : results) {
                assertEquals(200, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // threads racing on the first record may each register; after that the id is cached
        long registrations = registry.calls.stream().filter(n -> n.equals("createArtifact")).count();
        assertTrue(registrations >= 1 && registrations <= 4, "registrations: " + registrations);
    }
}
