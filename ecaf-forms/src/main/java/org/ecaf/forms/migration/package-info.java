/**
 * Moving answers from one version of a form to the next: a declared {@link org.ecaf.forms.migration.Migration} of
 * {@link org.ecaf.forms.migration.MigrationOperation}s (rename, split, drop, add), read from its JSON file and checked
 * against both definitions so that every difference is declared; whatever the new version has no place for is archived.
 */
package org.ecaf.forms.migration;
