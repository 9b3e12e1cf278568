/**
 * Every published definition and migration: {@link org.ecaf.forms.registry.FormRegistry} loads the files listed in
 * {@code forms/index.json} from a class loader, verifies them against {@code forms/published.sha256}, checks them all,
 * and finds definitions and migrates answers across versions. Above {@link org.ecaf.forms.definition} and
 * {@link org.ecaf.forms.migration}, which it ties together.
 */
package org.ecaf.forms.registry;
