package org.xwiki.contrib.gov.application.internal;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.application.GovApplication;

/**
 * The kernel's page: administration of agencies, units and role grants.
 *
 * @version $Id$
 */
@Component
@Named("core")
@Singleton
public class CoreApplication implements GovApplication
{
    @Override
    public String getId()
    {
        return "core";
    }

    @Override
    public String getHomePage()
    {
        return "admin";
    }

    @Override
    public String getNameKey()
    {
        return "gov.core.app.name";
    }

    @Override
    public String getDescriptionKey()
    {
        return "gov.core.app.description";
    }

    @Override
    public int getOrder()
    {
        return 1000;
    }
}
