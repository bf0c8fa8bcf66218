package dev.newsstream.kafka;

import dev.newsstream.config.NewsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the pipeline's topics when they are missing; existing topics are left as they are. */
public final class TopicAdmin {
    private TopicAdmin() {}

    public static List<String> topicNames(NewsConfig config) {
        NewsConfig.Topics t = config.topics();
        return List.of(t.raw(), t.enriched(), t.duplicates(), t.dlq(), t.entities(), t.quotes());
    }

    /**
     * Waits until every partition of the new topics has a leader. Creation returns once the
     * controller has the topic, before the broker serves it; an idempotent producer that writes
     * at once can have its first batch refused as retriable and then rejected as out of sequence.
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            boolean ready;
            try {
                ready = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                        .allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
                    throw e;
                }
                ready = false;
            }
            if (ready) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("topics " + topics + " have no leader after 30 s");
            }
            Thread.sleep(100);
        }
    }

    /** @return the topics that were created */
    public static List<String> ensureTopics(NewsConfig config, String bootstrap) {
        try (Admin admin = Admin.create(ClientSettings.admin(config, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : topicNames(config)) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, config.partitions(), config.replicationFactor())
                            .configs(Map.of("max.message.bytes", String.valueOf(ClientSettings.MAX_MESSAGE_BYTES))));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrap + ": " + e.getMessage(), e);
        }
    }
}
