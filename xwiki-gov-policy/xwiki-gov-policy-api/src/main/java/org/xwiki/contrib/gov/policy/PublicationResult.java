package org.xwiki.contrib.gov.policy;

/**
 * What a publication did.
 *
 * @param version the new version
 * @param assigned how many people must acknowledge it (0 for a minor version)
 * @param withoutHomeAgency how many people of the audience's groups or list were left out because they have no home
 *     agency (nobody is dropped silently: HR sees this count)
 * @version $Id$
 */
public record PublicationResult(GuidelineVersion version, long assigned, long withoutHomeAgency)
{
}
