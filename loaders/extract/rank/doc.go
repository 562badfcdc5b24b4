// Package rank decides which candidate meetings and policy shifts the rules
// extractor keeps, with a small logistic-regression model trained on the
// development set's own annotations (the train subpackage) and shipped in
// weights.json.
//
// Features are strings the extractor builds from a candidate's sentence:
// cue words, the lower-case words around them, tense and modality,
// negation, reported speech, the participants' kinds and places. Nothing
// may encode a particular article's people, outlets or sentences: a word
// becomes a feature only when it is written in lower case; a capitalised
// word, a number or anything name-like becomes its shape (Word).
package rank
