/**
 * CAF forms as versioned data: definitions loaded from JSON, immutable answers, validation, diff and migration between versions.
 */
package org.ecaf.forms;
