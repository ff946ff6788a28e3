package org.jeli.viewer.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string of the web pages, in English here and in French in {@code
 * messages/app_fr.properties}. Templates use them as {@code {app:key}}; the language of a page is
 * the locale of its template instance (see {@link PageContext}).
 */
@MessageBundle(value = "app", locale = "en")
public interface AppMessages {
    // layout
    @Message("Jeli")
    String app_name();

    @Message("Skip to content")
    String skip();

    @Message("Items")
    String nav_items();

    @Message("Upload")
    String nav_upload();

    @Message("Settings")
    String nav_settings();

    @Message("Sign in with your organisation's account")
    String login_oidc();

    @Message("API tokens")
    String nav_tokens();

    @Message("Administration")
    String nav_admin();

    @Message("Log out")
    String logout();

    @Message("Signed in as")
    String signed_in_as();

    @Message("Language")
    String language();

    @Message("Main menu")
    String nav_label();

    // login
    @Message("Log in")
    String login_title();

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("One-time code (once a second factor is enrolled)")
    String otp();

    @Message("Login failed: wrong username, password or code, or the account is temporarily locked.")
    String login_failed();

    // items
    @Message("Search")
    String search();

    @Message("Words from titles, descriptions and text; the last word may be a beginning")
    String search_hint();

    @Message("Filters")
    String filters();

    @Message("Collection")
    String collection();

    @Message("All")
    String all();

    @Message("Type")
    String type();

    @Message("{#when t}{#is 'video/*'}Video{#is 'audio/*'}Audio{#is 'image/*'}Image{#is 'text/*'}Text{#else}{t}{/when}")
    String media_family(String t);

    @Message("Recorded from")
    String from();

    @Message("Recorded before")
    String to();

    @Message("Platform")
    String platform();

    @Message(
            "{#when p}{#is 'whatsapp'}WhatsApp{#is 'telegram'}Telegram{#is 'facebook'}Facebook{#is 'tiktok'}TikTok"
                    + "{#is 'x'}X{#is 'youtube'}YouTube{#is 'signal'}Signal{#is 'phone'}Phone{#is 'other'}Other{#else}{p}{/when}")
    String platform_name(String p);

    @Message("Sensitivity")
    String sensitivity();

    @Message("{#when s}{#is 'public'}Public{#is 'restricted'}Restricted{#is 'confidential'}Confidential"
            + "{#is 'sealed'}Sealed{#else}{s}{/when}")
    String sensitivity_name(String s);

    @Message("Apply")
    String apply();

    @Message("{count} items")
    String results(String count);

    @Message("No item matches.")
    String no_results();

    @Message("Previous page")
    String previous();

    @Message("Next page")
    String next();

    @Message("Page {page} of {pages}")
    String page_of(int page, int pages);

    @Message("(untitled)")
    String untitled();

    @Message("Content warning: this may show violence or injury.")
    String content_warning();

    @Message("Reveal")
    String reveal();

    @Message("Hide again")
    String hide();

    @Message("No thumbnail")
    String no_thumbnail();

    @Message("Results")
    String results_heading();

    // item
    @Message("Media")
    String media();

    @Message("{#when r}{#is 'ffmpeg-missing'}No preview: ffmpeg is not installed on the server, so this recording"
            + " cannot be converted into a format browsers play."
            + "{#is 'ffmpeg-timeout'}No preview: converting this recording took too long."
            + "{#is 'ffmpeg-failed'}No preview: this recording could not be converted (damaged or unusual format)."
            + "{#is 'too-large'}No preview: the image is too large to convert safely."
            + "{#is 'unreadable'}No preview: the image could not be read."
            + "{#else}No preview for this kind of file; investigators can download the original.{/when}")
    String no_preview(String r);

    @Message("Active content (web pages, SVG, scripts) is never shown in the browser.")
    String active_content();

    @Message("Text")
    String text();

    @Message("What the uploader says")
    String claims();

    @Message("What the file says")
    String extracted();

    @Message("Title")
    String title();

    @Message("Description")
    String description();

    @Message("Source")
    String source_detail();

    @Message("Claimed time of recording")
    String claimed_captured_at();

    @Message("Claimed place")
    String claimed_location();

    @Message("Language")
    String content_language();

    @Message("Media type")
    String media_type();

    @Message("Size")
    String size();

    @Message("{n} bytes")
    String bytes(String n);

    @Message("Recorded (file metadata)")
    String captured_at();

    @Message("Device")
    String device();

    @Message("Duration (seconds)")
    String duration();

    @Message("Width × height")
    String dimensions();

    @Message("Codecs")
    String codecs();

    @Message("Extraction")
    String extraction();

    @Message("Dates and where each comes from")
    String dates();

    @Message("Places and where each comes from")
    String places();

    @Message("Places are hidden at your clearance.")
    String places_hidden();

    @Message("None known.")
    String none_known();

    @Message("{#when s}{#is 'extracted'}the file's metadata{#is 'filename'}the file name{#is 'uploader'}the uploader"
            + "{#else}{s}{/when}")
    String source_name(String s);

    @Message("Value")
    String value();

    @Message("Source")
    String source();

    @Message("Hashes")
    String hashes();

    @Message("Custody")
    String custody();

    @Message("Log index")
    String log_index();

    @Message("Time")
    String time();

    @Message("Actor")
    String actor();

    @Message("Action")
    String action();

    @Message("Proof")
    String proof();

    @Message("{#when s}{#is 'verified'}verified{#is 'pending'}not yet in a checkpoint{#else}FAILED{/when}")
    String proof_entry(String s);

    @Message("Proof status")
    String proof_status();

    @Message("Every entry above is included in checkpoint {size} (root {root}); this server checked each inclusion"
            + " proof with the offline verifier's code.")
    String proof_ok(String size, String root);

    @Message("No checkpoint covers this item yet; proofs follow at the next checkpoint.")
    String proof_pending();

    @Message("An inclusion proof did NOT verify against checkpoint {size}. Tell an administrator.")
    String proof_failed(String size);

    @Message("Actions")
    String actions();

    @Message("Download original")
    String download();

    @Message("Export evidence package")
    String export();

    @Message("Check that the archive holds these exact bytes")
    String verify();

    @Message("Working…")
    String working();

    @Message("Done.")
    String done();

    @Message("Failed.")
    String failed();

    // settings
    @Message("Blur images and video until I reveal them")
    String blur_setting();

    @Message("Save")
    String save();

    // upload
    @Message("Drop files here, or choose them")
    String drop_here();

    @Message("Files")
    String files();

    @Message("Upload")
    String start_upload();

    @Message("Pause")
    String pause();

    @Message("Resume")
    String resume();

    @Message("Total")
    String total();

    @Message("Waiting")
    String st_waiting();

    @Message("Uploading")
    String st_uploading();

    @Message("Paused")
    String st_paused();

    @Message("Done")
    String st_done();

    @Message("Error")
    String st_error();

    @Message("Network lost: the upload resumes by itself when the connection returns.")
    String st_offline();

    @Message("The server refused the file: ")
    String st_refused();

    @Message("Uploads are resumable: after a lost connection or a closed page, choose the same files again and they"
            + " continue where they stopped.")
    String upload_help();

    @Message("Date (YYYY-MM-DD or with time)")
    String date_hint();

    // item page: chat messages, conversation, arrivals
    @Message("Message")
    String msg_heading();

    @Message("Sender")
    String msg_sender();

    @Message("Local time")
    String msg_time();

    @Message("offset unknown")
    String msg_offset_unknown();

    @Message("Flags")
    String msg_flags();

    @Message("Forwarded")
    String msg_forwarded();

    @Message("Deleted")
    String msg_deleted();

    @Message("System notice")
    String msg_system();

    @Message("Voice message")
    String msg_voice();

    @Message("In reply to")
    String msg_reply();

    @Message("Open the item")
    String msg_open();

    @Message("Attachments")
    String msg_attachments();

    @Message("Attachment ({k})")
    String msg_attachment_kind(String k);

    @Message("Conversation")
    String conv_heading();

    @Message("Show earlier messages")
    String conv_earlier();

    @Message("Show later messages")
    String conv_later();

    @Message("this message")
    String conv_current();

    @Message("Attached to")
    String attached_to();

    @Message("Arrivals")
    String arrivals();

    @Message("Received via a chat import by {by} on {date}")
    String arrival_import(String by, String date);

    @Message("Uploaded by {by} on {date}")
    String arrival_upload(String by, String date);

    @Message("the export")
    String arrival_export();

    // second-factor enrolment page
    @Message("Second factor")
    String tfa_title();

    @Message(
            "Your account needs a second factor: an authenticator app on your phone (such as FreeOTP or Aegis) that gives a new six-digit code every 30 seconds. You will type that code when you log in.")
    String tfa_intro();

    @Message("Set up an authenticator")
    String tfa_start();

    @Message("Scan this code with your authenticator app, or type the secret into it. Then enter the code it shows.")
    String tfa_scan();

    @Message("QR code of the authenticator link")
    String tfa_qr_alt();

    @Message("Secret")
    String tfa_secret();

    @Message("Link")
    String tfa_uri();

    @Message("Code from the app")
    String tfa_code();

    @Message("Confirm")
    String tfa_confirm();

    @Message("Start again with a new secret")
    String tfa_restart();

    @Message("That is not the app’s current code. Check the phone’s clock and try again.")
    String tfa_wrong();

    @Message("Your second factor is on.")
    String tfa_confirmed();

    @Message(
            "Write these recovery codes down and keep them safe: each one logs you in once if you lose your phone. They are shown only now.")
    String tfa_recovery_once();

    @Message("Continue to the items")
    String tfa_continue();

    @Message("Your second factor is on. To replace it, ask an administrator to reset it.")
    String tfa_enabled();
    // chat-export import (upload page)
    @Message("Import a chat export")
    String import_heading();

    @Message(
            "A WhatsApp export (.zip with its media, or the bare .txt) or a Telegram Desktop export (.zip with result.json). The file is kept as an original first; each message then becomes an item.")
    String import_help();

    @Message("Chat export")
    String import_file();

    @Message(".zip, .txt or .json")
    String import_file_hint();

    @Message("Time zone of the phone")
    String timezone();

    @Message(
            "The export's times carry no offset: an IANA zone such as Africa/Bamako, or an offset such as +00:00; empty if unknown.")
    String timezone_hint();

    @Message("Import")
    String start_import();

    @Message("Sending")
    String import_sending();

    @Message("Import")
    String import_progress();

    @Message("Messages")
    String count_messages();

    @Message("Attachments")
    String count_attachments();

    @Message("Gaps (media omitted)")
    String count_gaps();

    @Message("Duplicates")
    String count_duplicates();

    @Message("Warnings")
    String count_warnings();

    @Message("Queued")
    String imp_queued();

    @Message("Importing")
    String imp_running();

    @Message("Done")
    String imp_done();

    @Message("Refused")
    String imp_refused();

    @Message("Failed")
    String imp_failed();

    @Message("The import did not succeed:")
    String import_refused();

    @Message("Network lost while sending: choose the file and start the import again.")
    String import_network();

    @Message("Open the preserved export")
    String import_open_export();
}
