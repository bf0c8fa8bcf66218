package dev.newsstream.topology;

import org.apache.avro.specific.SpecificRecordBase;

/**
 * A record on its way to one output: the processors emit these and {@link NewsTopology} sends
 * each kind to its topic. Never serialised: it only lives between a processor and its sink.
 */
record Routed(Kind kind, SpecificRecordBase value) {
    enum Kind { CLEANED, DEAD, DUPLICATE, UNIQUE, ENRICHED, ENTITY, QUOTE }
}
