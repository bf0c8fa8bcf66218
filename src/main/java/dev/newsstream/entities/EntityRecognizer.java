package dev.newsstream.entities;

import java.util.List;

/** An NER engine. Implementations must be safe to call from several threads. */
public interface EntityRecognizer {
    /** Spans in text order; offsets index {@code text}. */
    List<NerSpan> recognize(String text);
}
