package id.sistemkerja.platform.audit.replay;

import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** L8: a replay never starts while the same projection is still being rebuilt. */
class ProjectionReplaysTest {

    @Test
    @DisplayName("L8 a second replay while one is running is a 409 and resets nothing")
    void secondReplayRefused() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        TrackingEventProcessor processor = mock(TrackingEventProcessor.class);
        when(processing.eventProcessor(eq("things"), eq(TrackingEventProcessor.class))).thenReturn(Optional.of(processor));
        when(processor.supportsReset()).thenReturn(true);
        when(processor.isReplaying()).thenReturn(true);
        when(processor.processingStatus()).thenReturn(Map.of());
        assertThatThrownBy(() -> new ProjectionReplays(processing).replay("things"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("still running");
        verify(processor, never()).resetTokens();
        verify(processor, never()).shutDown();
    }
}
