/**
 * Answers to a form, whatever its definition: the immutable answer set ({@link org.ecaf.forms.answers.Answers}) in its
 * canonical JSON, the field-level differences between two sets ({@link org.ecaf.forms.answers.AnswersDiff}) and the
 * three-way merge of two edits ({@link org.ecaf.forms.answers.AnswersMerge}). Knows no definition: answers keep what was
 * given, and {@link org.ecaf.forms.validation} says whether it fits.
 */
package org.ecaf.forms.answers;
