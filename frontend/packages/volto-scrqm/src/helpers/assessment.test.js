import { basePath, comparePath, downloadFile, filenameOf, markerPath, reportPath } from './assessment';

describe('assessment helpers', () => {
  it('finds the content a page route sits on', () => {
    expect(basePath('/reviews/child-a/assessment-overview', 'assessment-overview')).toBe('/reviews/child-a');
    expect(basePath('/reviews/child-a/assessment-overview/', 'assessment-overview')).toBe('/reviews/child-a');
    expect(basePath('/reviews/child-a/qm-04/assess', 'assess')).toBe('/reviews/child-a/qm-04');
  });

  it('makes the addresses of the pages and reports', () => {
    expect(markerPath('/r', 4)).toBe('/r/marker-assessment?marker=4');
    expect(comparePath('/r')).toBe('/r/assessment-compare');
    expect(comparePath('/r', ['a', 'b'])).toBe('/r/assessment-compare?rounds=a&rounds=b');
    expect(reportPath('/r', 'pdf', 'end-2026')).toBe('/r/@scr-assessment-report?format=pdf&round=end-2026');
    expect(reportPath('/r', 'csv')).toBe('/r/@scr-assessment-report?format=csv');
  });

  it('reads the file name of a download', () => {
    expect(filenameOf('attachment; filename="child-a-assessment.csv"')).toBe('child-a-assessment.csv');
    expect(filenameOf(null, 'report')).toBe('report');
  });

  it('fetches a file with the token and saves it under its name', async () => {
    const fetchImpl = jest.fn().mockResolvedValue({
      ok: true,
      headers: { get: () => 'attachment; filename="child-a-assessment.csv"' },
      blob: () => Promise.resolve(new Blob(['a,b'])),
    });
    global.URL.createObjectURL = jest.fn(() => 'blob:1');
    global.URL.revokeObjectURL = jest.fn();
    const clicked = [];
    const link = { click: () => clicked.push(link.download), remove: () => {} };
    const doc = { createElement: () => link, body: { appendChild: () => {} } };
    const name = await downloadFile('/++api++/r/@scr-assessment-report?format=csv', 'tok', { fetchImpl, doc });
    expect(name).toBe('child-a-assessment.csv');
    expect(clicked).toEqual(['child-a-assessment.csv']);
    expect(fetchImpl.mock.calls[0][1].headers).toEqual({ Authorization: 'Bearer tok' });
  });

  it('rejects with the backend message', async () => {
    const fetchImpl = jest.fn().mockResolvedValue({
      ok: false,
      status: 400,
      json: () => Promise.resolve({ error: { message: "Unknown report format 'doc': choose pdf or csv." } }),
    });
    await expect(downloadFile('/x', null, { fetchImpl })).rejects.toThrow("Unknown report format 'doc'");
  });
});
