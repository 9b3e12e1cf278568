package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The messages of this request for the error summary: errors link to their field, notices are listed apart. */
@Named
@RequestScoped
public class ErrorSummary {

    /** One line of the summary; {@code target} is the id of the field it is about, or empty. */
    public static final class Item {
        private final String text;
        private final String target;

        Item(String text, String target) {
            this.text = text;
            this.target = target;
        }

        public String getText() {
            return text;
        }

        public String getTarget() {
            return target;
        }

        /**
         * Where the line links to: {@code #<client id>} for a field on this page, or the target itself when it is a
         * page address (it holds {@code ?} or ends in {@code .xhtml}, which a client id never does), so a problem can
         * link to another page or another section of a form.
         */
        public String getHref() {
            if (target.isEmpty()) {
                return "";
            }
            return target.contains("?") || target.endsWith(".xhtml") ? target : "#" + target;
        }
    }

    public List<Item> getErrors() {
        return collect(true);
    }

    public List<Item> getInfo() {
        return collect(false);
    }

    public boolean isHasErrors() {
        return !getErrors().isEmpty();
    }

    public boolean isHasInfo() {
        return !getInfo().isEmpty();
    }

    private static List<Item> collect(boolean errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Item> items = new ArrayList<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            for (FacesMessage message : faces.getMessageList(id)) {
                boolean error = message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0;
                if (error == errors) {
                    items.add(new Item(message.getSummary(), id == null ? "" : id));
                }
            }
        }
        return items;
    }
}
