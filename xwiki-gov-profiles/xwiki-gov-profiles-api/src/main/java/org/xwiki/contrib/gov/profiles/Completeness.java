package org.xwiki.contrib.gov.profiles;

import java.util.List;

/**
 * How complete a profile is.
 *
 * @param percent the share of recommended fields filled in, 0 to 100
 * @param missing the recommended fields still empty, as field names ({@code positionTitle}, {@code skills}...)
 * @version $Id$
 */
public record Completeness(int percent, List<String> missing)
{
    /**
     * Checks and copies the fields.
     */
    public Completeness
    {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent: " + percent);
        }
        missing = List.copyOf(missing);
    }
}
