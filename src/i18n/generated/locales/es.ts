
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'accessed': str`Consultado el ${0}.`,
'available-at': `Disponible en:`,
'byline': str`Por ${0}`,
'changed-file': `Este artículo no se puede mostrar porque uno de sus archivos cambió después de publicarse. Inténtelo de nuevo más tarde. El equipo web del sitio puede solucionarlo.`,
'content-not-found': `No se puede mostrar este artículo porque el sitio no encuentra sus archivos. El equipo web del sitio puede solucionarlo.`,
'contents': `Contenido`,
'element-conflict': `Este artículo no se puede mostrar en esta página. El equipo web del sitio puede solucionarlo.`,
'et-al': `et al`,
'invalid-payload': `Este artículo no se puede mostrar porque su contenido tiene errores.`,
'language': `Idioma`,
'last-reviewed': `Última revisión`,
'last-updated': `Última actualización`,
'licence-ended': `Este artículo ya no está disponible.`,
'loading': `Cargando el artículo…`,
'missing-topic': `No se eligió ningún artículo para este espacio.`,
'network': `No se pudo cargar el artículo. Revise su conexión e inténtelo de nuevo.`,
'no-article-for-code': str`No encontramos un artículo para el código “${0}”.`,
'not-found': str`No encontramos el artículo “${0}”.`,
'not-in-language': str`Este artículo no está disponible en ${0}. Se muestra en ${1}.`,
'not-recorded': `sin registrar`,
'original-by': str`Artículo original en ${0} de ${1}`,
'original-reviewed-by': str`Revisión médica del original en ${0}: ${1}`,
'pending': `pendiente`,
'rebuilt-by': str`${0} escribió las partes que no son del artículo original.`,
'rebuilt-editor-unknown': `No se registró quién escribió las partes que no son del artículo original.`,
'rebuilt-list': str`Esta lista no es del artículo original; se escribió con información de ${0}.`,
'rebuilt-not-reviewed': `El médico que revisó el original no revisó esas partes.`,
'rebuilt-paragraph': str`Este párrafo no es del artículo original; se escribió con información de ${0}.`,
'references': `Referencias`,
'review-due': str`Próxima revisión médica: ${0}.`,
'review-overdue': str`Revisión vencida: la próxima revisión médica debía hacerse el ${0}.`,
'review-unknown': `Estado de la revisión desconocido: esta copia no registra la fecha de su próxima revisión médica ni cada cuánto se revisa; lo que dice el aviso sobre la revisión regular se refiere al artículo original en inglés.`,
'reviewed-by': str`Revisado por ${0}`,
'source-article': str`${0}, artículo ${1}`,
'source-of-original': str`Fuente del texto original en ${0}: ${1}.`,
'source-of-text': str`Fuente del texto: ${0}.`,
'source-read': str`${0} (consultado el ${1})`,
'source-read-stored': str`${0} (consultado el ${1}, en una copia guardada)`,
'timeout': `El artículo tardó demasiado en cargarse. Revise su conexión e inténtelo de nuevo.`,
'translation': str`Traducción: ${0}; revisión clínica de la traducción: ${1}`,
'try-again': `Intentar de nuevo`,
'unavailable': `Artículo no disponible`,
'website': str`Sitio web de ${0}`,
    };
  