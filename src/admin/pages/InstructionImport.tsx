import { Box, Button, Flex, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useState } from 'react';

interface Plan { title: string; version: number; effectiveFrom: string; duties: Array<{ clause: string; section: string; competences: string[]; text: string }>; warnings: string[] }

/** Upload (.txt / .docx) or paste, preview (dry run), confirm — POST /city/instruction-import. */
export const InstructionImport = ({ onImported }: { onImported: () => void }) => {
  const { post } = useFetchClient();
  const [source, setSource] = useState<{ text?: string; docxBase64?: string }>({});
  const [text, setText] = useState('');
  const [position, setPosition] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const readFile = (file: File) => {
    const reader = new FileReader();
    if (file.name.toLowerCase().endsWith('.docx')) {
      reader.onload = () => setSource({ docxBase64: String(reader.result).split(',')[1] ?? '' });
      reader.readAsDataURL(file);
    } else {
      reader.onload = () => setText(String(reader.result));
      reader.readAsText(file, 'utf-8');
    }
    setPlan(null);
  };
  const send = async (dryRun: boolean) => {
    setMessage(null);
    try {
      const data = { ...(source.docxBase64 ? source : { text }), dryRun, position: position || null, effectiveFrom: effectiveFrom || null };
      const res: any = await post('/city/instruction-import', { data });
      if (dryRun) setPlan(res.data.data.plan);
      else {
        setPlan(null);
        setMessage(`Створено документ і пунктів: ${res.data.data.dutiesCreated}.`);
        onImported();
      }
    } catch (e: any) {
      setMessage(e?.response?.data?.error?.message ?? 'Імпорт не вдався.');
    }
  };

  return (
    <Box>
      <Typography variant="delta" tag="h2">Імпорт посадової інструкції чи положення</Typography>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
        <input type="file" accept=".txt,.docx" aria-label="Файл документа" onChange={(e) => e.target.files?.[0] && readFile(e.target.files[0])} />
        <Textarea aria-label="Текст документа" placeholder="…або вставте текст документа" value={text} onChange={(e: any) => { setText(e.target.value); setSource({}); setPlan(null); }} />
        <TextInput aria-label="Посада" placeholder="Назва посади (для посадової інструкції)" value={position} onChange={(e: any) => setPosition(e.target.value)} />
        <TextInput aria-label="Діє з" placeholder="Діє з (РРРР-ММ-ДД), типово сьогодні" value={effectiveFrom} onChange={(e: any) => setEffectiveFrom(e.target.value)} />
        <Flex gap={2}>
          <Button variant="secondary" onClick={() => send(true)}>Переглянути</Button>
          <Button disabled={!plan} onClick={() => send(false)}>Підтвердити імпорт</Button>
        </Flex>
        {message && <Typography>{message}</Typography>}
        {plan && (
          <Box>
            <Typography fontWeight="bold">{`${plan.title} — ред. ${plan.version}, діє з ${plan.effectiveFrom}, пунктів: ${plan.duties.length}`}</Typography>
            {!position.trim() && (
              <Typography tag="p" textColor="warning600" data-import-warning="position">
                Посаду не вказано: пункти буде прив’язано до документа без посади, і маршрутизація не знайде за ними виконавця. Для посадової інструкції впишіть назву посади.
              </Typography>
            )}
            {plan.warnings.map((warning) => <Typography key={warning} tag="p" textColor="warning600">{warning}</Typography>)}
            {plan.duties.map((duty, index) => (
              // each clause whole: every line of its text, as it will be stored
              <Box key={`${duty.clause}-${index}`} paddingTop={2}>
                <Typography tag="p" fontWeight="semiBold">{`п. ${duty.clause} [${duty.section}]${duty.competences.length ? ` {${duty.competences.join(', ')}}` : ''}`}</Typography>
                <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>{duty.text}</Typography>
              </Box>
            ))}
          </Box>
        )}
      </Flex>
    </Box>
  );
};
