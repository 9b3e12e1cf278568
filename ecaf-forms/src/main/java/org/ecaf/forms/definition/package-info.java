/**
 * What a form asks: one published version of a form ({@link org.ecaf.forms.definition.FormDefinition}) with its sections,
 * fields, options, conditions and sensitivity tags, read and checked from its JSON file, and an answer put into words
 * through its field ({@link org.ecaf.forms.definition.AnswerWords}). Uses {@link org.ecaf.forms.answers} to decide which
 * fields are shown.
 */
package org.ecaf.forms.definition;
