package dev.newsstream.model;

/** Entity classes, as in CoNLL-2003. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC }
