package dev.newsstream.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * JVM options the pipeline needs for speed, given by every launcher (bin/newsstream, the
 * Dockerfile, the soak's child process) and checked at start.
 *
 * <p>HotSpot never JIT-compiles a method of more than 8,000 bytecodes unless told to. CoreNLP's
 * CRF feature extractor ({@code NERFeatureFactory.featuresC}) and its tokenizer's lexer are such
 * methods, and they are where NER spends most of its time: interpreted, the entity stage runs at
 * about two thirds of its compiled speed (EntitiesBenchmark: 72 against 107 articles/s).
 */
final class JvmOptions {
    static final String COMPILE_HUGE_METHODS = "-XX:-DontCompileHugeMethods";

    /** Options a child JVM running the pipeline is started with. */
    static final List<String> PIPELINE = List.of(COMPILE_HUGE_METHODS);

    private JvmOptions() {}

    /** A warning when this JVM was started without {@link #PIPELINE}'s options, else empty. */
    static Optional<String> missingWarning() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot != null && Boolean.parseBoolean(hotspot.getVMOption("DontCompileHugeMethods").getValue())) {
                return Optional.of("newsstream: warning: this JVM leaves huge methods uncompiled, so named-entity"
                        + " tagging runs about a third slower; start java with " + COMPILE_HUGE_METHODS
                        + " (bin/newsstream does)");
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // not HotSpot: the option does not exist there, nor the limit it lifts
        }
        return Optional.empty();
    }
}
