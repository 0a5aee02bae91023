/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
package org.xwiki.contrib.gov.crossagency.internal;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.application.GovApplication;

/**
 * The cross-agency spaces module on the hosts' home pages.
 *
 * @version $Id$
 */
@Component
@Named("crossagency")
@Singleton
public class CrossAgencyApplication implements GovApplication
{
    @Override
    public String getId()
    {
        return "crossagency";
    }

    @Override
    public String getHomePage()
    {
        return "spaces";
    }

    @Override
    public String getNameKey()
    {
        return "gov.crossagency.app.name";
    }

    @Override
    public String getDescriptionKey()
    {
        return "gov.crossagency.app.description";
    }

    @Override
    public int getOrder()
    {
        return 300;
    }
}
