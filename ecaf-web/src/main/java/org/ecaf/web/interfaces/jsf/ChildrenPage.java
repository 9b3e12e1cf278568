package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.ChildService;
import org.ecaf.web.application.view.ChildView;

/** Finding a child: by name (sounds-like), date of birth and postcode; a shielded child shows only what the rules allow. */
@Named
@ViewScoped
public class ChildrenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildService children;

    private String query;
    private LocalDate dateOfBirth;
    private String postcode;
    private List<ChildView> results;

    public void search() {
        try {
            results = children.search(query, dateOfBirth, postcode);
        } catch (Refusal r) {
            results = null;
            Pages.show(r, Map.of("query", "search:query", "dateOfBirth", "search:dateOfBirth",
                    "postcode", "search:postcode"));
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public List<ChildView> getResults() {
        return results;
    }

    public boolean isSearched() {
        return results != null;
    }
}
