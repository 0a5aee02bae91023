package org.xwiki.contrib.gov.policy.internal;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.application.GovApplication;

/**
 * The policy module's entry page: the reader's guidelines.
 *
 * @version $Id$
 */
@Component
@Named("policy")
@Singleton
public class PolicyApplication implements GovApplication
{
    @Override
    public String getId()
    {
        return "policy";
    }

    @Override
    public String getHomePage()
    {
        return "mine";
    }

    @Override
    public String getNameKey()
    {
        return "gov.policy.app.name";
    }

    @Override
    public String getDescriptionKey()
    {
        return "gov.policy.app.description";
    }

    @Override
    public int getOrder()
    {
        return 200;
    }
}
