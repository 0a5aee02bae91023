package org.xwiki.contrib.gov.profiles.internal;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.application.GovApplication;

/**
 * The profiles module's entry page: the directory and expert finder.
 *
 * @version $Id$
 */
@Component
@Named("profiles")
@Singleton
public class ProfilesApplication implements GovApplication
{
    @Override
    public String getId()
    {
        return "profiles";
    }

    @Override
    public String getHomePage()
    {
        return "directory";
    }

    @Override
    public String getNameKey()
    {
        return "gov.profiles.app.name";
    }

    @Override
    public String getDescriptionKey()
    {
        return "gov.profiles.app.description";
    }

    @Override
    public int getOrder()
    {
        return 100;
    }
}
