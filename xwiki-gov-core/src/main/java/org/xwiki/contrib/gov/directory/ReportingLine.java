package org.xwiki.contrib.gov.directory;

import java.util.Optional;

import org.xwiki.component.annotation.Role;

/**
 * Who reports to whom. Implemented by the profiles module, which knows managers; the other modules look it up only
 * when installed.
 *
 * @version $Id$
 */
@Role
public interface ReportingLine
{
    /**
     * @param userId a person
     * @return their manager, if known
     */
    Optional<String> getManager(String userId);
}
