/**
 * Whether answers fit a definition: {@link org.ecaf.forms.validation.FormValidator} returns every
 * {@link org.ecaf.forms.validation.ValidationProblem} at once, for a draft or for completion
 * ({@link org.ecaf.forms.validation.ValidationStage}), each with a stable code and a plain-English message.
 */
package org.ecaf.forms.validation;
