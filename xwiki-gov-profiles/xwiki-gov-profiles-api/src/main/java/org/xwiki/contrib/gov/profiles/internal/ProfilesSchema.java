package org.xwiki.contrib.gov.profiles.internal;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.store.GovSchema;

/**
 * The profiles module's tables: profiles, skills, languages, links, endorsements, visibilities, change log.
 *
 * @version $Id$
 */
@Component
@Named("profiles")
@Singleton
public class ProfilesSchema implements GovSchema
{
    @Override
    public String getModuleName()
    {
        return "profiles";
    }

    @Override
    public String getMigrationFolder()
    {
        return "db/gov/profiles";
    }

    @Override
    public int getOrder()
    {
        return 50;
    }
}
