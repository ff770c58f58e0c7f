// Downloads a CSV export in the page, reporting how many lines have arrived so the page can show progress, and the
// problem's detail when the server refuses. The file is saved from a blob once complete.
window.ocDownloadCsv = async function (url, fileName, page) {
    let response;
    try {
        response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/csv' } });
    } catch (error) {
        return { ok: false, detail: String(error && error.message || error) };
    }
    if (!response.ok) {
        let detail = null;
        try {
            const problem = await response.json();
            detail = problem.detail || problem.title || null;
            if (problem.errors) {
                detail = Object.values(problem.errors).flat().join(' ') || detail;
            }
        } catch {
            detail = response.statusText;
        }
        return { ok: false, detail };
    }
    const reader = response.body.getReader();
    const chunks = [];
    let lines = 0;
    let reported = 0;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done) {
                break;
            }
            chunks.push(value);
            for (let i = 0; i < value.length; i++) {
                if (value[i] === 10) {
                    lines++;
                }
            }
            if (performance.now() - reported > 250) {
                reported = performance.now();
                await page.invokeMethodAsync('ExportProgress', lines);
            }
        }
    } catch (error) {
        return { ok: false, detail: String(error && error.message || error) };
    }
    await page.invokeMethodAsync('ExportProgress', lines);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(chunks, { type: 'text/csv;charset=utf-8' }));
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    return { ok: true, detail: null };
};
