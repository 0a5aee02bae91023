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
package org.xwiki.contrib.gov.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.Notifier;

/**
 * Keeps the notifications sent, for tests; can be made to fail. Shareable by several kernels, as two processes
 * would share a mail server.
 *
 * @version $Id$
 */
public final class RecordingNotifier implements Notifier
{
    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    private final AtomicBoolean failing = new AtomicBoolean();

    @Override
    public void send(Notification notification) throws GovException
    {
        if (this.failing.get()) {
            throw new GovException("test.mail.down");
        }
        this.sent.add(notification);
    }

    /**
     * @return the notifications sent so far, in order
     */
    public List<Notification> sent()
    {
        return List.copyOf(this.sent);
    }

    /**
     * @param failing whether the following sends fail
     */
    public void setFailing(boolean failing)
    {
        this.failing.set(failing);
    }

    /**
     * Forgets what was sent.
     */
    public void clear()
    {
        this.sent.clear();
    }
}
