/**
 * CAF forms as versioned data: definitions loaded from JSON, immutable answers, validation, diff and migration between
 * versions. This package is the module's shared base, used by every subpackage and using none of them: the one JSON-P
 * provider ({@link org.ecaf.forms.JsonSupport}), the strict reading of the published files ({@link org.ecaf.forms.JsonFiles},
 * {@link org.ecaf.forms.JsonProps}) and the error any broken file raises ({@link org.ecaf.forms.FormDefinitionException}),
 * and the UK time zone and date formats ({@link org.ecaf.forms.UkTime}). The subpackages, each depending only on those
 * before it: {@link org.ecaf.forms.answers} (what was answered), {@link org.ecaf.forms.definition} (what is asked),
 * {@link org.ecaf.forms.validation} (whether answers fit a definition), {@link org.ecaf.forms.migration} (moving answers
 * from one version to the next) and {@link org.ecaf.forms.registry} (every published definition and migration).
 */
package org.ecaf.forms;
