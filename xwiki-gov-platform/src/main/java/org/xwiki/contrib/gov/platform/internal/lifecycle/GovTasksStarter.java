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
package org.xwiki.contrib.gov.platform.internal.lifecycle;

import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.bridge.event.ApplicationReadyEvent;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.task.GovTaskScheduler;
import org.xwiki.extension.event.ExtensionInstalledEvent;
import org.xwiki.observation.AbstractEventListener;
import org.xwiki.observation.event.Event;

/**
 * Starts the extensions' background tasks (reminders, escalations, sweeps, the audit chain, rights reconciliation)
 * once XWiki is ready, or as soon as the extensions are installed into a running wiki. Starting again does nothing.
 *
 * @version $Id$
 */
@Component
@Named(GovTasksStarter.NAME)
@Singleton
public class GovTasksStarter extends AbstractEventListener
{
    /** The listener's name. */
    public static final String NAME = "gov.tasksStarter";

    @Inject
    private Provider<GovTaskScheduler> scheduler;

    /**
     * Listens to XWiki being ready and to extensions being installed.
     */
    public GovTasksStarter()
    {
        super(NAME, List.of(new ApplicationReadyEvent(), new ExtensionInstalledEvent()));
    }

    @Override
    public void onEvent(Event event, Object source, Object data)
    {
        this.scheduler.get().start();
    }
}
