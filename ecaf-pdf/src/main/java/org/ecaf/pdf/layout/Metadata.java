package org.ecaf.pdf.layout;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Document properties written to both the info dictionary and the XMP metadata; dates come from the issue time. */
public final class Metadata {

    private final String title;
    private final String author;
    private final String subject;
    private final String keywords;
    private final String creator;
    private final String producer;
    private final String language;
    private final ZonedDateTime issued;

    private Metadata(Builder b) {
        this.title = require(b.title, "title");
        this.author = require(b.author, "author");
        this.subject = Objects.requireNonNullElse(b.subject, "");
        this.keywords = Objects.requireNonNullElse(b.keywords, "");
        this.creator = require(b.creator, "creator");
        this.producer = require(b.producer, "producer");
        this.language = require(b.language, "language");
        this.issued = Objects.requireNonNull(b.issued, "issued").truncatedTo(ChronoUnit.SECONDS);
    }

    /** Starts metadata with the title, the issuing agency as author, and the issue time used for every date. */
    public static Builder builder(String title, String author, ZonedDateTime issued) {
        return new Builder(title, author, issued);
    }

    public String title() {
        return title;
    }

    public String author() {
        return author;
    }

    public String subject() {
        return subject;
    }

    public String keywords() {
        return keywords;
    }

    public String creator() {
        return creator;
    }

    public String producer() {
        return producer;
    }

    public String language() {
        return language;
    }

    public ZonedDateTime issued() {
        return issued;
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Metadata " + name + " is required");
        }
        return value;
    }

    /** Collects optional metadata; language defaults to en-GB, creator to eCAF. */
    public static final class Builder {
        private final String title;
        private final String author;
        private final ZonedDateTime issued;
        private String subject;
        private String keywords;
        private String creator = "eCAF";
        private String producer = "eCAF PDF layout on Apache PDFBox";
        private String language = "en-GB";

        private Builder(String title, String author, ZonedDateTime issued) {
            this.title = title;
            this.author = author;
            this.issued = issued;
        }

        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        public Builder keywords(String value) {
            this.keywords = value;
            return this;
        }

        public Builder creator(String value) {
            this.creator = value;
            return this;
        }

        public Builder producer(String value) {
            this.producer = value;
            return this;
        }

        /** Sets the BCP 47 language of the text, e.g. {@code en-GB} or {@code cy-GB}. */
        public Builder language(String value) {
            this.language = value;
            return this;
        }

        public Metadata build() {
            return new Metadata(this);
        }
    }
}
