package id.sistemkerja.team.query;

import id.sistemkerja.platform.web.Paging;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * M6: the team lists without a per-object reader filter (teams and rosters of a unit, pending verifications,
 * allowances, late decrees) read only the requested page from MongoDB, and only the caller's agency's documents;
 * before, the whole list was read into memory and cut there.
 */
class TeamQueriesPagingTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final TeamQueries queries = new TeamQueries(mongo);
    private final Paging third = new Paging(2, 25);

    @Test
    @DisplayName("M6 team lists are paged in the database query (skip page*size, limit size) and bound to the caller's agency")
    void pagedInTheQuery() {
        queries.teamsOfUnit("kota-a.dinkes.yankes", "kota-a", third);
        queries.rostersOfUnit("kota-a.dinkes.yankes", "kota-a", LocalDate.of(2026, 3, 1), third);
        queries.pendingVerifications("kota-a", third);
        queries.allowances("kota-a", null, LocalDate.of(2026, 3, 1), third);
        queries.lateDecrees("kota-a", 2026, third);

        ArgumentCaptor<Query> sent = ArgumentCaptor.forClass(Query.class);
        verify(mongo, atLeastOnce()).find(sent.capture(), any(), anyString());
        List<Query> queries = sent.getAllValues();
        assertThat(queries).hasSize(5);
        assertThat(queries).allSatisfy(q -> {
            assertThat(q.getSkip()).isEqualTo(50);
            assertThat(q.getLimit()).isEqualTo(25);
            assertThat(q.getQueryObject().get("agencyId")).isEqualTo("kota-a");
        });
    }
}
