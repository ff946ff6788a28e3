/**
 * Chat-export import (issue 6, ADR 0018): the export is stored and logged as an original item
 * first, then read by {@code org.jeli.chat} in a background worker that turns each message, system
 * notice and gap into an item of type {@value org.jeli.ingest.chat.MessageDocument#MEDIA_TYPE} and
 * each attachment into an ordinary item, batch by batch, each batch in one transaction with its log
 * entries.
 *
 * <p>Invariants: nothing is parsed before the original is durable and logged; items of an import
 * stay invisible until the import is {@code DONE}; an import resumes from its last committed batch;
 * memory is bounded by the batch, not by the export; senders, actors and phone numbers are
 * identifying and shown as stable per-collection "Participant N" below the identifying clearance.
 * Allowed dependencies: the ingest slice, chat parsing, storage, provenance, access, common.
 */
package org.jeli.ingest.chat;
