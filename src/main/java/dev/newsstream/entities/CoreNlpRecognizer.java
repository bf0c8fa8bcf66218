package dev.newsstream.entities;

// TEMPORARY placeholder
public final class CoreNlpRecognizer implements EntityRecognizer {
    public static CoreNlpRecognizer shared() { return new CoreNlpRecognizer(); }
    public java.util.List<NerSpan> recognize(String text) { return java.util.List.of(); }
}
