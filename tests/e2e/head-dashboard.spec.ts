import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

// The department head's journey: open the dashboards, narrow them to police stations, drill from
// a heatmap cell into the evidence and read the masked quotes (the demo's findings are reviewed and
// masked when it is loaded, as a lead would).
test("a department head filters to police stations, drills into a heatmap cell and reads the masked quotes", async ({
  page,
}) => {
  await signIn(page, "head@demo.local");
  await page
    .getByTestId("main-nav")
    .locator("div.hidden")
    .getByRole("link", { name: "Dashboards", exact: true })
    .click();
  await expect(page.getByRole("heading", { name: "Dashboards", level: 1 })).toBeVisible();
  await expect(page.getByTestId("stat-respondents")).toContainText("320");
  await expect(page.getByTestId("heatmap-row")).toHaveCount(22);

  await page.getByLabel("Unit type").selectOption("STATION");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/unitType=STATION/);
  const rows = page.getByTestId("heatmap-row");
  await expect(rows).toHaveCount(6);
  for (const name of await rows.locator("th").allTextContents()) expect(name).toMatch(/Police Station$/);
  // Reviewed, masked quotes of the stations' officers; never a text that still carries PII.
  await expect(page.getByTestId("quote").first()).toBeVisible();
  await expect(page.locator("main")).not.toContainText("13912345678");

  // A published station cell of 10 or more people (which cells are published follows from the
  // scope's one protected table, so the test reads the cells' own labels: "unit, category: n").
  const cells = page.getByTestId("heatmap-cell");
  const labels = await cells.evaluateAll((links) => links.map((l) => l.getAttribute("aria-label") ?? ""));
  const index = labels.findIndex((l) => Number(l.match(/: (\d+)$/)?.[1]) >= 10);
  expect(index).toBeGreaterThanOrEqual(0);
  const [, unit, category] = labels[index].match(/^(.+ Police Station), (.+): \d+$/)!;
  await cells.nth(index).click();
  await expect(page.getByRole("heading", { name: `Evidence: ${category} at ${unit}` })).toBeVisible();
  const figure = Number(
    (await page.getByTestId("evidence-figure").innerText()).match(/^(\d+) people raised this\.$/)![1],
  );
  expect(figure).toBeGreaterThanOrEqual(10);
  await expect(page.getByTestId("evidence-item").first()).toContainText(unit);
  await expect(page.locator("main")).not.toContainText("13912345678");

  await page.getByTestId("back-to-dashboard").click();
  await expect(page).toHaveURL(/unitType=STATION/);
  await expect(page.getByLabel("Unit type")).toHaveValue("STATION");
});

test("a profile filter combined with a unit filter is refused with the reason", async ({ page }) => {
  await signIn(page, "head@demo.local");
  await page.goto("/dashboards?unitType=STATION&role=officer");
  await expect(page.getByTestId("dashboard-refused")).toContainText("not together with a unit");
  await expect(page.getByTestId("heatmap")).toHaveCount(0);
  await expect(page.getByTestId("chart-participation")).toHaveCount(0);
});

test("the charts draw their bars and figures without chart code, on a desk and on a phone", async ({
  page,
}, testInfo) => {
  test.slow(); // two full dashboards, every chart scrolled into view: over 30 s on a busy 2-core machine
  await signIn(page, "head@demo.local");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/dashboards");
    for (const id of [
      "chart-sources",
      "chart-daily",
      "chart-participation",
      "chart-categories",
      "chart-aspects",
      "chart-choice",
      "chart-number",
    ]) {
      const chart = page.getByTestId(id).first();
      await chart.scrollIntoViewIfNeeded();
      // Data marks with a size (a zero draws none), each with its figure written beside it.
      await expect(chart.getByTestId("bar").first()).toBeAttached();
      const bars = await chart
        .getByTestId("bar")
        .evaluateAll((marks) =>
          marks.map((m) => ({
            area: m.getBoundingClientRect().width * m.getBoundingClientRect().height,
            text: m.getAttribute("data-text"),
          })),
        );
      expect(
        bars.some((b) => b.area > 0),
        id,
      ).toBe(true);
      for (const b of bars) expect(b.text).toMatch(/\d/);
    }
    const likert = page.getByTestId("chart-likert");
    await likert.scrollIntoViewIfNeeded();
    await expect(likert.getByTestId("likert-segment").first()).toBeVisible();
    // The tables under the charts enter the page when opened.
    const participation = page.getByTestId("chart-participation");
    await expect(participation.locator("table")).toHaveCount(0);
    await participation.getByText("Show as table").click();
    await expect(participation.getByTestId("participation-row").first()).toBeVisible();
    await testInfo.attach(`dashboard-${width}`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  }
});
