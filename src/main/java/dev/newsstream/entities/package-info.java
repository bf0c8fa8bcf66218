/**
 * The entity stage: named entities of one article with canonical names, mention offsets and
 * salience.
 *
 * <p>{@link dev.newsstream.entities.EntityExtractor} is the stage; it runs an
 * {@link dev.newsstream.entities.EntityRecognizer} (by default
 * {@link dev.newsstream.entities.CoreNlpRecognizer#shared()}) over title and text, repairs the
 * spans (SpanRepair), adds repeats of recognised names (Propagation) and clusters mentions
 * (Canonicaliser). Engine settings were chosen by measurement on the CoNLL-2003 dev set with
 * {@code DevHarness} (test scope): the CoNLL 4-class CRF alone beat the 3-class model, both
 * combinations, and re-casing all-capitals lines (the CoNLL model learnt capitals headlines);
 * Title-Case headlines and subheads are re-cased; hyphenated words are not split by the
 * tokenizer (hyphenated names) and compounds are split afterwards when both parts are named.
 * ContextTyping retypes by the surrounding words where the CRF confuses places and
 * organisations: datelines, "the town of X" and natural features' names ("X Valley", and "River
 * X" or "X Street" after a preposition of place; feature-words.txt) are places; place-named
 * sides in sports results ("beat", "victory over", "X striker") are clubs unless they are
 * countries (countries.txt, result-words.txt, place-words.txt). "X and Y" spans are split when
 * the article names X and Y alone; a firm named "X's Foods Inc" keeps the "'s" in its short form
 * "X's"; "In X," opening a sentence is a place. After the repairs, OrganisationRules settles
 * organisation names by their own words (legal-form suffixes, institutional head nouns and
 * "of/for/on" complements, club-name words; "X-based", glued months and business-term acronyms
 * dropped; "Assembly in X" split into the institution and its place; the short forms of a company
 * named with its suffix), ResultsTables types the sides in results and standings rows, and
 * PersonRows types ranked entries, line-ups and bylines as people (corporate-suffixes.txt,
 * org-heads.txt, club-words.txt, term-acronyms.txt).
 */
package dev.newsstream.entities;
