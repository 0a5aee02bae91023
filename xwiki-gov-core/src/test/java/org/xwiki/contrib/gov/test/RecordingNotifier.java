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
