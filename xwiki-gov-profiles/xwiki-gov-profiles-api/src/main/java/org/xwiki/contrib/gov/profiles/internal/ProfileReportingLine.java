package org.xwiki.contrib.gov.profiles.internal;

import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.directory.ReportingLine;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Tells the other modules (policy escalations) who a person's manager is, from the HR-owned profile field.
 *
 * @version $Id$
 */
@Component
@Singleton
public class ProfileReportingLine implements ReportingLine
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcProfileStore profiles;

    @Inject
    private Logger logger;

    @Override
    public Optional<String> getManager(String userId)
    {
        try {
            return this.store.inTransaction(connection -> this.profiles.findManager(connection, userId));
        } catch (GovException e) {
            this.logger.warn("Cannot read the manager of [{}]: {}", userId, e.getMessage());
            return Optional.empty();
        }
    }
}
