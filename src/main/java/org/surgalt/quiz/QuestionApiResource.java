package org.surgalt.quiz;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;
import org.surgalt.quiz.QuizViews.ImportReport;
import org.surgalt.quiz.QuizViews.QuestionView;
import org.surgalt.quiz.qti.QtiReader;

/** A course's question bank over the API, for its authors; QTI 2.1 items are imported here too. */
@Path("/api/courses/{courseId}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
public class QuestionApiResource {

    private final QuestionService questions;
    private final CurrentUser currentUser;

    QuestionApiResource(QuestionService questions, CurrentUser currentUser) {
        this.questions = questions;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The course's question bank, correct answers included (authors, reviewers)")
    public List<QuestionView> bank(@PathParam("courseId") long courseId) {
        return questions.bank(currentUser.require(), courseId);
    }

    @POST
    @Operation(summary = "Add a question to the bank")
    public Response create(@PathParam("courseId") long courseId, QuestionInput input) {
        QuestionView created = questions.create(currentUser.require(), courseId, QuestionInput.content(input));
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("{questionId}")
    @Operation(summary = "One question of the bank")
    public QuestionView question(@PathParam("courseId") long courseId, @PathParam("questionId") long questionId) {
        return questions.question(currentUser.require(), courseId, questionId);
    }

    @PUT
    @Path("{questionId}")
    @Operation(summary = "Change a question (its kind stays); with version, refused (409) if someone saved it meanwhile")
    public QuestionView edit(@PathParam("courseId") long courseId, @PathParam("questionId") long questionId,
            QuestionInput input) {
        return questions.edit(currentUser.require(), courseId, questionId, input == null ? null : input.version(),
                QuestionInput.content(input));
    }

    @DELETE
    @Path("{questionId}")
    @Operation(summary = "Delete a question from the bank and from every quiz; attempts that used it keep it")
    public Response delete(@PathParam("courseId") long courseId, @PathParam("questionId") long questionId) {
        questions.delete(currentUser.require(), courseId, questionId);
        return Response.noContent().build();
    }

    @POST
    @Path("qti")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Import one QTI 2.1 assessmentItem sent as the XML body; the report says what was "
            + "imported and what was skipped, and why. Multipart (one or more 'file' parts) works as well.")
    public ImportReport importXml(@PathParam("courseId") long courseId, @QueryParam("filename") String filename,
            byte[] body) {
        String name = filename == null || filename.isBlank() ? "item.xml" : filename.strip();
        return questions.importQti(currentUser.require(), courseId,
                List.of(new QuestionService.QtiFile(name, body == null ? new byte[0] : body)));
    }

    @POST
    @Path("qti")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import QTI 2.1 assessmentItem files sent as multipart 'file' parts")
    public ImportReport importFiles(@PathParam("courseId") long courseId, @RestForm("file") List<FileUpload> files) {
        return questions.importQti(currentUser.require(), courseId, read(files));
    }

    /** Files larger than the reader takes are passed on empty-handed: the report says why they were skipped. */
    static List<QuestionService.QtiFile> read(List<FileUpload> files) {
        List<QuestionService.QtiFile> read = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.fileName() == null || file.fileName().isBlank()) {
                continue;
            }
            try {
                byte[] bytes = file.size() > QtiReader.MAX_BYTES ? new byte[QtiReader.MAX_BYTES + 1]
                        : Files.readAllBytes(file.uploadedFile());
                read.add(new QuestionService.QtiFile(file.fileName(), bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read;
    }

    /** {@code kind}: single_choice, multiple_choice, true_false, numeric or short_answer. */
    public record QuestionInput(String kind, String prompt, Integer points, List<QuestionContent.Option> options,
            Boolean truth, BigDecimal answer, BigDecimal tolerance, List<String> accepted, Long version) {

        static QuestionContent content(QuestionInput input) {
            if (input == null) {
                throw DomainException.invalid("kind", "must be one of " + QuestionKind.NAMES);
            }
            QuestionKind kind = input.kind() == null ? null : QuestionKind.fromId(input.kind()).orElse(null);
            if (kind == null) {
                throw DomainException.invalid("kind", "must be one of " + QuestionKind.NAMES);
            }
            return new QuestionContent(kind, input.prompt(), input.points(), input.options(), input.truth(),
                    input.answer(), input.tolerance(), input.accepted());
        }
    }
}
