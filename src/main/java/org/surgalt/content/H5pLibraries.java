package org.surgalt.content;

import java.util.Set;

/**
 * The H5P libraries packages may use unless the site says otherwise (surgalt.content.h5p-libraries):
 * the machine names of the content types H5P publishes on its hub for common teaching, the
 * libraries they build on, and the editor libraries H5P puts into the packages it exports (the
 * player never loads those, but they travel in the file). An .h5p file carries its libraries'
 * code, so this list is what decides whose script runs on the content origin: a content type
 * nobody here has looked at stays out until an administrator adds it.
 */
public final class H5pLibraries {

    public static final Set<String> SHIPPED = Set.of(
            // Content types
            "H5P.Accordion", "H5P.Agamotto", "H5P.ArithmeticQuiz", "H5P.AudioRecorder", "H5P.BranchingScenario",
            "H5P.Chart", "H5P.Collage", "H5P.Column", "H5P.CoursePresentation", "H5P.Crossword", "H5P.Dialogcards",
            "H5P.Dictation", "H5P.DocumentationTool", "H5P.DragQuestion", "H5P.DragText", "H5P.Essay", "H5P.Blanks",
            "H5P.FindTheWords", "H5P.Flashcards", "H5P.GameMap", "H5P.GuessTheAnswer", "H5P.IFrameEmbed",
            "H5P.ImageHotspotQuestion", "H5P.ImageHotspots", "H5P.ImageJuxtaposition",
            "H5P.ImageMultipleHotspotQuestion", "H5P.ImagePair", "H5P.ImageSequencing", "H5P.ImageSlider",
            "H5P.InfoWall", "H5P.InteractiveBook", "H5P.InteractiveVideo", "H5P.MarkTheWords", "H5P.MemoryGame",
            "H5P.MultiChoice", "H5P.MultiMediaChoice", "H5P.PersonalityQuiz", "H5P.Questionnaire",
            "H5P.QuestionSet", "H5P.SingleChoiceSet", "H5P.SortParagraphs", "H5P.SpeakTheWords",
            "H5P.SpeakTheWordsSet", "H5P.StructureStrip", "H5P.Summary", "H5P.Timeline", "H5P.TrueFalse",
            "H5P.ThreeImage", "H5P.Cornell",
            // What they build on
            "FontAwesome", "H5P.FontIcons", "H5P.JoubelUI", "H5P.Transition", "H5P.Question", "H5P.TextUtilities",
            "H5P.Image", "H5P.Video", "H5P.Audio", "H5P.Text", "H5P.AdvancedText", "H5P.Table", "H5P.Link",
            "H5P.Nil", "H5P.DragNBar", "H5P.DragNDrop", "H5P.DragNResize", "H5P.Timer", "H5P.SoundJS", "jQuery.ui",
            "Drop", "Tether", "H5P.MathDisplay", "H5P.Shape", "H5P.ContinuousText", "H5P.ExportableTextArea",
            "H5P.GoToQuestion", "H5P.IVHotspot", "H5P.FreeTextQuestion", "H5P.SimpleMultiChoice",
            "H5P.OpenEndedQuestion", "H5P.TextInputField", "H5P.StandardPage", "H5P.GoalsPage",
            "H5P.GoalsAssessmentPage", "H5P.DocumentExportPage", "H5P.Components", "H5P.MaterialDesignIcons",
            "H5P.TranscriptLibrary", "H5P.Transcript", "TimelineJS", "Shepherd", "H5P.GuidedTour", "H5P.CKEditor",
            "H5P.BranchingQuestion",
            // Editor libraries exported with the content
            "H5PEditor.AudioRecorder", "H5PEditor.BranchingScenario", "H5PEditor.ColorSelector",
            "H5PEditor.CoursePresentation", "H5PEditor.DragQuestion", "H5PEditor.Duration", "H5PEditor.GameMap",
            "H5PEditor.ImageHotspotQuestion", "H5PEditor.InteractiveVideo", "H5PEditor.QuestionSetTextualEditor",
            "H5PEditor.RadioGroup", "H5PEditor.RadioSelector", "H5PEditor.RangeList", "H5PEditor.SelectToggleFields",
            "H5PEditor.ShowWhen", "H5PEditor.SingleChoiceSetTextualEditor", "H5PEditor.TableList",
            "H5PEditor.Timecode", "H5PEditor.UrlField", "H5PEditor.VerticalTabs", "H5PEditor.Wizard");

    private H5pLibraries() {
    }
}
