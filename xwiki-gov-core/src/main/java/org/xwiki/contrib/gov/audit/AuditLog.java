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
package org.xwiki.contrib.gov.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.store.SqlPart;

/**
 * The append-only, hash-chained record of acknowledgements, campaign changes, role grants and membership changes.
 * Each record carries the SHA-256 of the previous one; nothing ever updates or deletes a record.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface AuditLog
{
    /**
     * Appends a record, inside the caller's transaction if one is running (see
     * {@link org.xwiki.contrib.gov.store.GovStore#inTransaction}), so that the change and its record commit or roll
     * back together. Safe under concurrent appends, from one process or several sharing a database.
     *
     * @param actor who did it
     * @param type what happened, {@code <module>.<thing>.<event>}
     * @param payload the details: strings, numbers, booleans, lists and maps of those
     * @return the appended record
     * @throws GovException when the store fails
     */
    AuditRecord append(Actor actor, String type, Map<String, ?> payload) throws GovException;

    /**
     * Records an event in the caller's transaction without waiting for the chain: the record is linked into the chain
     * later, in order, by {@link #chainPending(int)} (run every second by the audit chain task). For high-volume
     * changes (acknowledgements), so that concurrent writers do not queue on the end of the chain. The record is dated
     * when it joins the chain, so that records go forward in time; the time of the event is in its details, under
     * {@code occurredAt} (an ISO-8601 instant).
     *
     * @param actor who did it
     * @param type what happened
     * @param payload the details
     * @throws GovException when the store fails
     */
    void appendDeferred(Actor actor, String type, Map<String, ?> payload) throws GovException;

    /**
     * As {@link #appendDeferred(Actor, String, Map)}, but the caller writes the record: it gets the statement that
     * writes it, to run in its own transaction, where a store may send it with its own writes (one round trip fewer on
     * the busiest path). Nothing is written until that statement runs.
     *
     * @param actor who did it
     * @param type what happened
     * @param payload the details
     * @return the statement that adds the record to those waiting for the chain
     */
    SqlPart deferredInsert(Actor actor, String type, Map<String, ?> payload);

    /**
     * As {@link #appendDeferred(Actor, String, Map)} for many events of one type (a chunk of an import), written in
     * one batch.
     *
     * @param actor who did them
     * @param type what happened
     * @param payloads the details of each event, in order
     * @throws GovException when the store fails
     */
    void appendDeferred(Actor actor, String type, List<? extends Map<String, ?>> payloads) throws GovException;

    /**
     * Links waiting records into the chain, oldest first, in one transaction. A waiting record whose authentication
     * fails (added or altered in the database behind the software's back) is refused: never linked, kept, and reported
     * by {@link #verify()}.
     *
     * @param maxRecords the largest number of records to link
     * @return how many waiting records were handled, linked or refused
     * @throws GovException when the store fails (then none is linked)
     */
    int chainPending(int maxRecords) throws GovException;

    /**
     * @return how many records wait to be linked into the chain
     * @throws GovException when the store fails
     */
    long countPending() throws GovException;

    /**
     * @param fromSequence the first sequence number to return
     * @param limit the largest number of records to return
     * @return the records from that point on, in chain order
     * @throws GovException when the store fails
     */
    List<AuditRecord> read(long fromSequence, int limit) throws GovException;

    /**
     * Walks the whole chain, recomputes every hash, and compares the chain with the signed checkpoints kept outside the
     * database.
     *
     * @return the outcome, naming the first broken record if any
     * @throws GovException when the store fails
     */
    AuditVerification verify() throws GovException;

    /**
     * @return the sequence number of the last record a signed checkpoint covers, 0 for none: the records after it are
     *     checked against the chain only, so someone with write access to the database could remove or rewrite them
     * @throws GovException when the checkpoint file cannot be read
     */
    long getLastCheckpoint() throws GovException;

    /**
     * @return the SHA-256 fingerprint (hexadecimal) of the public key that signs the checkpoints, for an auditor to
     *     compare with the one they noted
     */
    String getCheckpointKeyFingerprint();

    /**
     * Finds a record by what its details say, for a receipt.
     *
     * @param type an event type
     * @param field a field of the record's details
     * @param value the field's value, as text
     * @param notBefore a time the record is not dated before: its event's (records join the chain afterwards)
     * @return the first such record, empty while it waits to join the chain
     * @throws GovException when the store fails
     */
    Optional<AuditRecord> find(String type, String field, String value, Instant notBefore) throws GovException;

    /**
     * @param sequence a record's number
     * @return the evidence a receipt carries for the record, so that it can be checked without the server; empty
     *     until a signed checkpoint covers the record (within {@code gov.audit.checkpointMinutes})
     * @throws GovException when the chain from the record to the checkpoint does not hold
     *     ({@code gov.core.audit.error.evidenceBroken}): no evidence is signed for a record that was tampered with
     */
    Optional<AuditEvidence> getEvidence(long sequence) throws GovException;
}
