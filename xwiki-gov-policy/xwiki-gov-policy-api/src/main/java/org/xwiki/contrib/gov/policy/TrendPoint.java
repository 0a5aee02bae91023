package org.xwiki.contrib.gov.policy;

import java.time.LocalDate;

/**
 * Acknowledgements of a major version up to the end of one day.
 *
 * @param day the day
 * @param acknowledged how many people had acknowledged by the end of it
 * @param percent that, as a share of the people required today
 * @version $Id$
 */
public record TrendPoint(LocalDate day, long acknowledged, double percent)
{
}
