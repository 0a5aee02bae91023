package org.xwiki.contrib.gov.sandbox.internal;

import java.time.Clock;
import java.util.Locale;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.internal.Translations;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.Notifier;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Delivers notifications into the sandbox's outbox table, rendered in the recipient's language.
 *
 * @version $Id$
 */
@Component
@Singleton
public class OutboxNotifier implements Notifier
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcOutboxStore outbox;

    @Inject
    private WikiDirectory directory;

    @Inject
    private Clock clock;

    private final Translations translations = Translations.load(OutboxNotifier.class.getClassLoader());

    @Override
    public void send(Notification notification) throws GovException
    {
        String recipient = notification.recipientId();
        if (!this.directory.userExists(recipient)) {
            throw new GovException("gov.core.error.user.unknown", recipient);
        }
        String email = this.directory.getEmail(recipient)
            .orElseThrow(() -> new GovException("gov.sandbox.error.noEmail", recipient));
        Locale locale = this.directory.getLocale(recipient).orElse(Locale.ENGLISH);
        String subject = this.translations.format(notification.subjectKey(), notification.parameters(), locale);
        String body = this.translations.format(notification.bodyKey(), notification.parameters(), locale);
        this.store.inTransaction(connection -> {
            this.outbox.insert(connection, recipient, email, subject, body, this.clock.instant());
            return null;
        });
    }
}
