package org.surgalt.node;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.surgalt.web.Language;
import org.surgalt.web.ErrorTexts;
import org.surgalt.web.Problem;

/** 401 problem+json for every refused node call, the same words whatever was wrong. */
class NodeRejectedMapper {

    private static final Logger LOG = Logger.getLogger(NodeRejectedMapper.class);

    private final Language language;

    NodeRejectedMapper(Language language) {
        this.language = language;
    }

    @ServerExceptionMapper
    Response rejected(NodeRejected e) {
        LOG.infof("node request refused: %s", e.getMessage());
        java.util.Locale locale = language.apiLocale();
        Problem problem = new Problem("about:blank", ErrorTexts.translate("Unauthorized", locale), 401,
                ErrorTexts.translate("The node could not be authenticated.", locale), null, null, null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Node").entity(problem)
                .build();
    }
}
