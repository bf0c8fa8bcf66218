package dev.newsstream.entities;

public interface EntityRecognizer {
    java.util.List<NerSpan> recognize(String text);
}
