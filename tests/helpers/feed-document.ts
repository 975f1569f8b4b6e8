/** A valid feed document titled `title` (a text, or language tag → text), with one file. */
export const documentTitled = (id: string, title: unknown) => ({
  id,
  title,
  date: '2020-01-01',
  type: 'report',
  files: [{ lang: 'en', url: `https://d.example.org/${id}.pdf` }],
});
