package org.ecaf.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Renders from several threads at once: the shared font programs must give every thread the same bytes. */
class ConcurrentRenderTest {

    @Test
    void concurrentRendersGiveTheSameBytesAsASingleRender() throws Exception {
        Document standard = Samples.longAssessment(Style.standard());
        Document large = Samples.longAssessment(Style.largePrint());
        byte[] expectedStandard = PdfLayout.render(standard, Style.standard()).pdf();
        byte[] expectedLarge = PdfLayout.render(large, Style.largePrint()).pdf();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> even ? PdfLayout.render(standard, Style.standard()).pdf()
                        : PdfLayout.render(large, Style.largePrint()).pdf()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? expectedStandard : expectedLarge);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
