package org.xwiki.contrib.gov.profiles.internal.importer;

import java.util.Optional;

/**
 * An accepted row waiting in an import, with what applying it did so far.
 *
 * @param row the row's checked values
 * @param outcome {@code CREATED}, {@code UPDATED}, {@code UNCHANGED} or {@code REJECTED}; empty before it is applied
 * @version $Id$
 */
public record StagedRow(CheckedRow row, Optional<String> outcome)
{
}
