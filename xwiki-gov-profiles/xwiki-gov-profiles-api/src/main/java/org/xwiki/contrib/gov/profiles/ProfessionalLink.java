package org.xwiki.contrib.gov.profiles;

import java.util.Objects;

/**
 * A link a person lists on their profile.
 *
 * @param label what the link is
 * @param url an {@code http} or {@code https} address
 * @param capacity official or personal
 * @version $Id$
 */
public record ProfessionalLink(String label, String url, LinkCapacity capacity)
{
    /**
     * Checks the fields.
     */
    public ProfessionalLink
    {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(capacity, "capacity");
    }
}
