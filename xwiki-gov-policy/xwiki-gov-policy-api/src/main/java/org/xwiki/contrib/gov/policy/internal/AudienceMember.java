package org.xwiki.contrib.gov.policy.internal;

import java.util.Optional;

/**
 * A person of a resolved audience, with their home.
 *
 * @param userId the person
 * @param agencyKey their home agency
 * @param unitKey their unit
 * @version $Id$
 */
public record AudienceMember(String userId, String agencyKey, Optional<String> unitKey)
{
}
