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
package org.xwiki.contrib.gov.crossagency.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.crossagency.AccessReview;
import org.xwiki.contrib.gov.crossagency.ReviewItem;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * Access reviews and the people to confirm in them, in {@code gov_crossagency_review} and
 * {@code gov_crossagency_review_item}; and the day each space's next review opens.
 *
 * @version $Id$
 */
@Component(roles = JdbcReviewStore.class)
@Singleton
public class JdbcReviewStore
{
    /**
     * A space whose review is due.
     *
     * @param spaceKey the space
     * @param nextReviewDay the day its review was due, as read
     * @param intervalDays its review interval
     */
    public record DueSpace(String spaceKey, LocalDate nextReviewDay, int intervalDays)
    {
    }

    /**
     * An open review whose deadline is past.
     *
     * @param reviewId the review
     * @param spaceKey its space
     */
    public record DueReview(long reviewId, String spaceKey)
    {
    }

    /**
     * A review just opened.
     *
     * @param reviewId the review
     * @param people how many people it asks to confirm
     */
    public record Opened(long reviewId, int people)
    {
    }

    /**
     * @param connection the transaction's connection
     * @param key a space that just became active
     * @param from the day it did
     * @throws SQLException when the statement fails
     */
    public void scheduleFirst(Connection connection, String key, LocalDate from) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_space SET "
            + "next_review_day = ? + review_interval_days WHERE space_key = ?")) {
            statement.setInt(1, (int) from.toEpochDay());
            statement.setString(2, key);
            statement.executeUpdate();
        }
    }

    /**
     * @param connection a connection
     * @param today today (UTC)
     * @param limit the most to return
     * @return the active spaces whose review is due and that have no open review
     * @throws SQLException when the statement fails
     */
    public List<DueSpace> findDueSpaces(Connection connection, LocalDate today, int limit) throws SQLException
    {
        return queryList(connection, "SELECT s.space_key, s.next_review_day, s.review_interval_days "
            + "FROM gov_crossagency_space s WHERE s.next_review_day <= ? AND s.status = 'ACTIVE' AND NOT EXISTS "
            + "(SELECT 1 FROM gov_crossagency_review r WHERE r.space_key = s.space_key AND r.closed_at IS NULL) "
            + "ORDER BY s.next_review_day, s.space_key LIMIT ?", result -> new DueSpace(result.getString(1),
                LocalDate.ofEpochDay(result.getInt(2)), result.getInt(3)), (int) today.toEpochDay(), limit);
    }

    /**
     * Moves a space's next review on, only if it is still the one read, so that of two processes only one opens it.
     *
     * @param connection the transaction's connection
     * @param due the space as read
     * @param next the day of the review after this one
     * @return whether this call moved it
     * @throws SQLException when the statement fails
     */
    public boolean claimDue(Connection connection, DueSpace due, LocalDate next) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_space SET "
            + "next_review_day = ? WHERE space_key = ? AND next_review_day = ?")) {
            statement.setInt(1, (int) next.toEpochDay());
            statement.setString(2, due.spaceKey());
            statement.setInt(3, (int) due.nextReviewDay().toEpochDay());
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * Opens a review of the space's active members and guests.
     *
     * @param connection the transaction's connection
     * @param key the space
     * @param at when it opens
     * @param deadline its last day
     * @return the review's id and how many people it holds
     * @throws SQLException when a statement fails
     */
    public Opened open(Connection connection, String key, Instant at, LocalDate deadline) throws SQLException
    {
        long reviewId;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_review "
            + "(space_key, opened_at, deadline_day) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, key);
            statement.setLong(2, at.toEpochMilli());
            statement.setInt(3, (int) deadline.toEpochDay());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                reviewId = keys.getLong(1);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_review_item "
            + "(review_id, user_id) SELECT ?, user_id FROM gov_crossagency_member WHERE space_key = ? "
            + "AND member_state = 'ACTIVE' AND member_role IN ('MEMBER', 'GUEST')")) {
            statement.setLong(1, reviewId);
            statement.setString(2, key);
            return new Opened(reviewId, statement.executeUpdate());
        }
    }

    /**
     * @param connection a connection
     * @param key a space
     * @return its open review, if any
     * @throws SQLException when a statement fails
     */
    public Optional<AccessReview> findOpen(Connection connection, String key) throws SQLException
    {
        Optional<Object[]> review = queryOne(connection, "SELECT review_id, opened_at, deadline_day "
            + "FROM gov_crossagency_review WHERE space_key = ? AND closed_at IS NULL", result -> new Object[] {
                result.getLong(1), result.getLong(2), result.getInt(3)}, key);
        if (review.isEmpty()) {
            return Optional.empty();
        }
        long reviewId = (Long) review.get()[0];
        return Optional.of(new AccessReview(reviewId, key, Instant.ofEpochMilli((Long) review.get()[1]),
            LocalDate.ofEpochDay((Integer) review.get()[2]), items(connection, reviewId)));
    }

    /**
     * @param connection the transaction's connection
     * @param reviewId a review
     * @param userId a person in it
     * @param stewardId who confirms
     * @param at when
     * @return whether the person is in the review (confirmed now or before)
     * @throws SQLException when a statement fails
     */
    public boolean confirm(Connection connection, long reviewId, String userId, String stewardId, Instant at)
        throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_review_item SET "
            + "confirmed_by = ?, confirmed_at = ? WHERE review_id = ? AND user_id = ? AND confirmed_by IS NULL")) {
            statement.setString(1, stewardId);
            statement.setLong(2, at.toEpochMilli());
            statement.setLong(3, reviewId);
            statement.setString(4, userId);
            return statement.executeUpdate() == 1 || queryOne(connection, "SELECT 1 FROM gov_crossagency_review_item "
                + "WHERE review_id = ? AND user_id = ?", result -> true, reviewId, userId).isPresent();
        }
    }

    /**
     * @param connection a connection
     * @param today today (UTC)
     * @param limit the most to return
     * @return the open reviews whose deadline is past
     * @throws SQLException when the statement fails
     */
    public List<DueReview> findPastDeadline(Connection connection, LocalDate today, int limit) throws SQLException
    {
        return queryList(connection, "SELECT review_id, space_key FROM gov_crossagency_review WHERE deadline_day < ? "
            + "AND closed_at IS NULL ORDER BY deadline_day, review_id LIMIT ?",
            result -> new DueReview(result.getLong(1), result.getString(2)), (int) today.toEpochDay(), limit);
    }

    /**
     * Closes a review only if it is still open, so that of two processes only one closes it.
     *
     * @param connection the transaction's connection
     * @param reviewId the review
     * @param at when
     * @return whether this call closed it
     * @throws SQLException when the statement fails
     */
    public boolean claimClose(Connection connection, long reviewId, Instant at) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_review SET "
            + "closed_at = ? WHERE review_id = ? AND closed_at IS NULL")) {
            statement.setLong(1, at.toEpochMilli());
            statement.setLong(2, reviewId);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * @param connection a connection
     * @param reviewId a review
     * @return the people in it, by user id
     * @throws SQLException when the statement fails
     */
    public List<ReviewItem> items(Connection connection, long reviewId) throws SQLException
    {
        return queryList(connection, "SELECT user_id, confirmed_by, confirmed_at FROM gov_crossagency_review_item "
            + "WHERE review_id = ? ORDER BY user_id", result -> {
                long confirmedAt = result.getLong(3);
                return new ReviewItem(result.getString(1), Optional.ofNullable(result.getString(2)),
                    result.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(confirmedAt)));
            }, reviewId);
    }
}
